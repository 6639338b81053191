# expect: crash
"""Handwriting synthesis (Graves-style): an LSTM with a soft attention window
over the character string, predicting pen offsets.

Style priming: the network is first run over a sample of the writer's strokes
(in eval, no dropout) and the resulting recurrent state seeds the training
sequence so the model learns to continue in that style.
"""
import torch

from hw.model import HandwritingSynth
from hw.priming import prime_state
from hw.trainer import fit_style


def main():
    torch.manual_seed(4)
    model = HandwritingSynth(n_chars=10, hidden=12, n_window=3)
    text = torch.randint(0, 10, (2, 5))
    style_strokes = torch.randn(2, 6, 3)
    state = prime_state(model, style_strokes, text)
    target_strokes = torch.randn(2, 8, 3)
    fit_style(model, state, target_strokes, text)


if __name__ == "__main__":
    main()
