import argparse

import torch


def batch(cfg, b=3, contexts=4, length=5):
    return (torch.randint(0, cfg.n_tokens, (b, contexts)), torch.randint(0, cfg.n_nodes, (b, contexts, length)),
            torch.randint(0, cfg.n_tokens, (b, contexts)), torch.randint(0, cfg.n_targets, (b,)))


def predict(cfg):
    from c2s import get_model
    model = get_model()
    model.eval()
    s, p, e, _ = batch(cfg)
    with torch.no_grad():
        return model(s, p, e).argmax(-1).tolist()


def finetune(cfg, steps):
    from c2s import get_model
    model = get_model()
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    for _ in range(steps):
        s, p, e, y = batch(cfg)
        loss = torch.nn.functional.cross_entropy(model(s, p, e), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    from c2s import CONFIG
    ap = argparse.ArgumentParser()
    ap.add_argument("--predict-first", action="store_true")
    ap.add_argument("--finetune-steps", type=int, default=0)
    args = ap.parse_args()
    torch.manual_seed(0)
    if args.predict_first:
        print("predictions", predict(CONFIG))
    if args.finetune_steps:
        print("finetune loss", finetune(CONFIG, args.finetune_steps))


if __name__ == "__main__":
    main()
