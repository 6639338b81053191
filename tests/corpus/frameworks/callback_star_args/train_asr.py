# expect: crash
"""A NeMo-style loop hands its callbacks the module through `*args`; the decoding callback puts the whole
model in eval and restores only the encoder, so the next batch trains the LSTM predictor in eval."""
import torch

from callbacks import SampleDecoder
from engine import Trainer
from models import Transducer

if __name__ == "__main__":
    torch.manual_seed(0)
    Trainer(epochs=1, callbacks=[SampleDecoder(every=2)]).fit(Transducer())
    print("done")
