import torch
import torch.nn.functional as F


def adversarial_validation(ctx, iters=20):
    """Can a probe tell training readings from test readings by their embeddings?

    The encoder stays exactly as evaluated; only the probe is fitted.
    """
    enc = ctx.modules["enc"]
    xs = torch.cat([ctx.data["train"][0], ctx.data["test"][0]])
    origin = torch.cat([torch.zeros(len(ctx.data["train"][0])), torch.ones(len(ctx.data["test"][0]))])
    with torch.no_grad():
        emb = enc(xs)
    probe = ctx.modules["probe"]
    opt = torch.optim.SGD(probe.parameters(), lr=0.5)
    for _ in range(iters):
        loss = F.binary_cross_entropy_with_logits(probe(emb).squeeze(-1), origin)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        auc_proxy = ((probe(emb).squeeze(-1) > 0).float() == origin).float().mean().item()
    ctx.report["adv_val_acc"] = round(auc_proxy, 3)
