from .model import LeakDetector
from .registry import load_plugins, PLUGINS
