# expect: clean
"""Deep ensembles for air-traffic delay forecasting: predictive spread, then refit the worst member."""
import operator
import sys

sys.path.insert(0, "src")

import torch  # noqa: E402
from ens import build_members, predictive, refit  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(0)
    table = build_members(["lstm", "gru", "lstm"])
    x = torch.randn(5, 6, 4)
    mean, std, per_member = predictive(table, x)
    print("mean spread", float(std.mean()))
    worst = max(per_member.items(), key=operator.itemgetter(1))[0]
    refit(table[worst], steps=2)
    print("refit", worst)
