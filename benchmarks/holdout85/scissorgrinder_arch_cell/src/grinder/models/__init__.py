from .recurrent import WheelLSTM, WheelCell
