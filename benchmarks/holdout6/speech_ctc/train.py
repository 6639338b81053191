# expect: clean
# category: speech
"""Entry script: random spectrograms, build model and Trainer, fit."""
import torch
from asr.network import DeepSpeech
from asr.trainer import Trainer

torch.manual_seed(0)


def fake_batches(n, bsz=2, frames=10, feats=8, n_tokens=6):
    out = []
    for _ in range(n):
        out.append({
            "spect": torch.randn(bsz, frames, feats),
            "targets": torch.randint(1, n_tokens, (bsz, 3)),
            "target_lengths": torch.full((bsz,), 3),
        })
    return out


if __name__ == "__main__":
    model = DeepSpeech()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4)
    Trainer(model, opt).fit(fake_batches(4), fake_batches(2), epochs=2)
