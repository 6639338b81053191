from .tension import BraidTensionSystem
