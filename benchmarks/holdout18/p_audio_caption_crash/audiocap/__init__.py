from .model import Captioner
from .freeze import freeze
