from .module import LitModule
from .loop import Loop
