from .models import *
from .utils import *
