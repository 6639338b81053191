from .tone import BellToneModel
