from .platform import PlatformGRU
