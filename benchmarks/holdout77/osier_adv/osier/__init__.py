from .models import WillowClassifier
from .attacks import GradSignAttack
from .fit import adversarial_fit
