# expect: crash
"""Tea withering: predict leaf moisture at the end of withering from trough airflow,
temperature and humidity logs. Before the main run we prune the training set by
per-sample gradient norm (drop the easiest half), then train on what is left.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from withering import TroughLSTM, make_logs, grad_norm_scores, keep_hardest, fit  # noqa: E402


def main():
    torch.manual_seed(41)
    x, y = make_logs(16)
    model = TroughLSTM(hidden=8)
    fit(model, x, y, epochs=1)          # short warm-up so scores are meaningful
    scores = grad_norm_scores(model, x, y)
    xk, yk = keep_hardest(x, y, scores, frac=0.5)
    print(f"kept {len(xk)} of {len(x)} logs")
    fit(model, xk, yk, epochs=3)


if __name__ == "__main__":
    main()
