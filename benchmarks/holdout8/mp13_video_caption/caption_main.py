# expect: crash
# Video captioning (S2VT-like). The evaluation helper puts the whole model in eval; the trainer's set_mode
# is configured (through **cfg) to re-train only the encoder, so the LSTM decoder stays in eval.
import torch

from models.s2vt import S2VT
from trainer import CaptionTrainer

CFG = {"train_parts": None, "parts": ("encoder",), "lr": 1e-2}


def clips(n):
    return [(torch.randn(2, 4, 10), torch.randint(0, 25, (2, 6))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = S2VT(feat=10, hidden=12, vocab=25)
    opt = torch.optim.Adam(model.parameters(), lr=CFG.pop("lr"))
    trainer = CaptionTrainer(model, opt, **CFG)
    trainer.train(clips(2), clips(1)[0], epochs=3)
