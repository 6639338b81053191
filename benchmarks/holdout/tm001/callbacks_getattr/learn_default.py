# expect: clean
# category: dispatch
import torch
import torch.nn as nn

from callbacks import EarlyStopOnNaN, Recorder
from data import LSTMNet, loaders
from learner import Learner

torch.manual_seed(0)
train_dl, valid_dl = loaders()
learn = Learner(LSTMNet(), train_dl, valid_dl, nn.CrossEntropyLoss(), cbs=[Recorder(), EarlyStopOnNaN()])
learn.fit(3)
print(learn.cbs[1].losses[-1])
