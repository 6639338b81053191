# expect: clean
"""Legal clause tagging with a frozen, pretrained BiLSTM encoder kept in eval (requires_grad
False, frozen embeddings, integer token ids), and a trainable tagging head on top."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from clauses import ClauseHead, FrozenEncoder  # noqa: E402


def main():
    torch.manual_seed(0)
    enc = FrozenEncoder.pretrained()
    head = ClauseHead(enc.out_dim, n_tags=5)
    opt = torch.optim.Adam(head.parameters(), 1e-2)
    ids, tags = torch.randint(0, 50, (4, 9)), torch.randint(0, 5, (4, 9))
    for step in range(3):
        logits = head(enc(ids))
        loss = F.cross_entropy(logits.flatten(0, 1), tags.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
