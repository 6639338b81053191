# expect: clean
"""A pickled tagger is loaded for serving (eval mode, class unknown here), then only its output layer is adapted:
the helper freezes the GRU and the embedding, and token ids need no grad, so no gradient reaches the GRU."""
import torch
import torch.nn.functional as F

from taggers import Tagger, export, load_for_serving


def adapt_head(model, batches, lr=0.1):
    model.embed.requires_grad_(False)
    model.gru.requires_grad_(False)
    opt = torch.optim.SGD(model.head.parameters(), lr=lr)
    for tokens, tags in batches:
        loss = F.cross_entropy(model(tokens).reshape(-1, 4), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


torch.manual_seed(0)
model = load_for_serving(export(Tagger()))
batches = [(torch.randint(0, 30, (3, 7)), torch.randint(0, 4, (3, 7))) for _ in range(2)]
print("adapted", adapt_head(model, batches))
