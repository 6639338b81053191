from .net import TriageRNN
