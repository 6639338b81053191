from .models import RingClassifier
from .loops import fit
