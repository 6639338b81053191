from .models import create_model, register_model
