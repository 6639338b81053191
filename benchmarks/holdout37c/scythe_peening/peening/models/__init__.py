from .wear import EdgeWearLSTM
