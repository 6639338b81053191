from .wheel import WheelWearModule
