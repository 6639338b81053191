from .stepper import Stepper
