# expect: crash
"""Legal clause tagging: frozen eval BiLSTM encoder, but a trainable adapter sits between the
frozen embeddings and the LSTM, so gradients must flow back through the eval-mode LSTM."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from clauses import ClauseHead, FrozenEncoder, InputAdapter  # noqa: E402


def encode(enc, adapter, ids):
    h, _ = enc.lstm(adapter(enc.emb(ids)))
    return h


def main():
    torch.manual_seed(0)
    enc = FrozenEncoder.pretrained()
    adapter, head = InputAdapter(8), ClauseHead(enc.out_dim, n_tags=5)
    opt = torch.optim.Adam([*adapter.parameters(), *head.parameters()], 1e-2)
    ids, tags = torch.randint(0, 50, (4, 9)), torch.randint(0, 5, (4, 9))
    for step in range(2):
        logits = head(encode(enc, adapter, ids))
        loss = F.cross_entropy(logits.flatten(0, 1), tags.flatten())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
