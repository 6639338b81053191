# expect: crash
# category: framework
"""Train a DeepSpeech2-like CTC model for a few epochs, reporting WER after each one."""
import torch

from asr.model import DeepSpeech2Lite
from asr.trainer import ASRTrainer

torch.manual_seed(18)


def fake_loader(n_batches, bs=3):
    batches = []
    for _ in range(n_batches):
        lens = torch.randint(2, 5, (bs,))
        batches.append((torch.randn(bs, 8, 20), torch.randint(1, 12, (int(lens.sum()),)), lens))
    return batches


model = DeepSpeech2Lite()
model.train()
trainer = ASRTrainer(model)
train_set, dev_set = fake_loader(3), fake_loader(1)
for epoch in range(2):
    loss = trainer.train_epoch(train_set)
    print(f"epoch {epoch}: loss {loss:.3f} WER {trainer.word_error_rate(dev_set):.3f}")
