from .engine import HiveRunner
from .models import SwarmNet
