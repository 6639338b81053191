# expect: crash
"""A pickled tagger is loaded for serving (eval mode, class unknown here), then adapted with only the embedding
frozen: the GRU's own weights still need grad, so the backward runs through the GRU's eval-mode forward."""
import torch
import torch.nn.functional as F

from taggers import Tagger, export, load_for_serving


def adapt_head(model, batches, lr=0.1):
    model.embed.requires_grad_(False)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=lr)
    for tokens, tags in batches:
        loss = F.cross_entropy(model(tokens).reshape(-1, 4), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


torch.manual_seed(0)
model = load_for_serving(export(Tagger()))
batches = [(torch.randint(0, 30, (3, 7)), torch.randint(0, 4, (3, 7))) for _ in range(2)]
print("adapted", adapt_head(model, batches))
