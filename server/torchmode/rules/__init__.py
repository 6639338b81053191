"""The rules torchmode reports. Each rule module carries its own VALID/INVALID examples."""
