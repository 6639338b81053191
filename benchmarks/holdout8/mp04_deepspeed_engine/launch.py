# expect: clean
# DeepSpeed-style engine validated every 2 steps with engine.eval(); train_batch() re-enters train() first.
import torch
import torch.nn as nn

import ds
from pipeline import TrainPipeline

CONFIG = {
    "train_micro_batch_size_per_gpu": 4,
    "gradient_accumulation_steps": 2,
    "optimizer": {"type": "AdamW", "params": {"lr": 3e-3}},
}


class CharLM(nn.Module):
    def __init__(self, vocab=20, dim=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.core = nn.LSTM(dim, dim, num_layers=2, batch_first=True)
        self.proj = nn.Linear(dim, vocab)

    def forward(self, ids):
        return self.proj(self.core(self.emb(ids))[0])


def fake_batches(n):
    for _ in range(n):
        seq = torch.randint(0, 20, (4, 9))
        yield seq[:, :-1], seq[:, 1:]


if __name__ == "__main__":
    torch.manual_seed(3)
    model = CharLM()
    engine, _, _, _ = ds.initialize(model=model, config=CONFIG, model_parameters=model.parameters())
    TrainPipeline(engine, eval_every=2).run(fake_batches(6), next(fake_batches(1)))
