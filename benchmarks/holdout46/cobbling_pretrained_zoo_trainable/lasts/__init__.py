from .zoo import ModelZoo, register
from .models import customer_readings
