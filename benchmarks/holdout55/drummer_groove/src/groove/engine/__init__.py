from .loop import Loop
