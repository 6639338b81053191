# expect: crash
import torch

from finetune import run_finetune
from model import StrandClassifier


def fake_batches(n=3, batch=5, length=7, vocab=20):
    return [(torch.randint(0, vocab, (batch, length)), torch.randint(0, 3, (batch,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(4)
    model = StrandClassifier().freeze_encoder()
    run_finetune(model, fake_batches())
