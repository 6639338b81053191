# expect: clean
"""Entry script: the training loop lives here; decoding for the dev score goes through decoding.py."""
import torch

from crf_model import BiLSTM_CRF
from decoding import decode_batch, token_f1

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


def make_data(n, length=7, vocab=40):
    return [(torch.randint(0, vocab, (4, length)), torch.randint(0, len(TAGS), (4, length))) for _ in range(n)]


torch.manual_seed(0)
train_data, dev_data = make_data(4), make_data(1)
model = BiLSTM_CRF(vocab=40, n_tags=len(TAGS))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, weight_decay=1e-4)

model.train()
for epoch in range(2):
    for step, (sentences, tags) in enumerate(train_data):
        model.zero_grad()
        loss = model.neg_log_likelihood(sentences, tags)
        loss.backward()
        optimizer.step()
        if step % 2 == 1:
            dev_x, dev_y = dev_data[0]
            print(f"epoch {epoch} step {step}: nll {loss.item():.3f} dev F1 {token_f1(decode_batch(model, dev_x), dev_y):.3f}")
