from .load import MooringLoad
