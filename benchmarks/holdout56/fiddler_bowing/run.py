# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from fiddler import BowSaliencyLogger, BowStrokeTagger, Engine, LossPrinter  # noqa: E402

torch.manual_seed(11)
train = [(torch.randn(4, 12, 6), torch.randint(0, 3, (4, 12))) for _ in range(3)]
val = [(torch.randn(4, 12, 6), torch.randint(0, 3, (4, 12))) for _ in range(2)]

saliency = BowSaliencyLogger()
engine = Engine(BowStrokeTagger(), callbacks=[LossPrinter(), saliency], epochs=2)
engine.fit(train, val)
print("saliency maps:", len(saliency.maps))
