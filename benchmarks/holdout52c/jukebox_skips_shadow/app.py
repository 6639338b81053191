# expect: clean
import torch

from jukebox import build, refresh, serve

CFG = {"n_feat": 5, "hidden": 8}


def collect_feedback(n=3):
    return [(torch.randn(4, 10, CFG["n_feat"]), torch.randint(0, 2, (4,)).float()) for _ in range(n)]


def main():
    torch.manual_seed(3)
    pool = {
        "live": build("gru-skip", "serve", **CFG),
        "shadow": build("gru-skip", "train", **CFG),
    }
    pool["shadow"].load_state_dict(pool["live"].state_dict())
    for night in range(2):
        probs = serve(pool["live"], torch.randn(2, 10, CFG["n_feat"]))
        loss = refresh(pool["shadow"], collect_feedback())
        pool["live"].load_state_dict(pool["shadow"].state_dict())
        print(f"night {night}: served {probs.tolist()} refreshed loss {loss:.3f}")


if __name__ == "__main__":
    main()
