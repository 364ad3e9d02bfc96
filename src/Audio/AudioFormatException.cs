namespace Sitecast.Audio;

/// <summary>The file is not audio we can read (empty, another format, broken beyond use); the message says which.</summary>
public sealed class AudioFormatException(string message, Exception? inner = null) : Exception(message, inner);
