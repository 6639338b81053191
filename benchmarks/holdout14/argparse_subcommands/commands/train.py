import torch
from utils import build_model, ckpt_path, make_batch, seq_loss


def add_parser(p):
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--arch", default="lstm")


def run(args):
    model = build_model(args.arch)
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    model.train()
    for _ in range(args.epochs):
        q, a = make_batch()
        loss = seq_loss(model, q, a)
        opt.zero_grad(); loss.backward(); opt.step()
    torch.save(model.state_dict(), ckpt_path("weights"))
