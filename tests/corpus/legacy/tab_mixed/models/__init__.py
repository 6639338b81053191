from . import travel
