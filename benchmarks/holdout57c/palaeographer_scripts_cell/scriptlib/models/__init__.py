from .stroke import StrokeNet, HANDS
