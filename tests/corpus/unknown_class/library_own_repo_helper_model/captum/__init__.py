"""A checkout of an attribution library's own repository: its package shares its name with a library the
analysis knows by name, but the models its tests use are this workspace's code."""
__version__ = "0.0.dev"
