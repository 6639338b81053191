import torch
from utils import build_model, ckpt_path, make_batch, seq_loss


def add_parser(p):
    p.add_argument("--arch", default="lstm")


def run(args):
    model = build_model(args.arch)
    model.load_state_dict(torch.load(ckpt_path("weights")))
    model.eval()
    with torch.no_grad():
        print("eval loss", seq_loss(model, *make_batch()).item())
    torch.save(model, ckpt_path("full"))   # whole object, for serving
