# expect: crash
"""Beekeeping swarm alerts: hive-scale weight + acoustic band energies -> swarm in the
next 48 h.  After the nightly fit, a list of plugins (read from a resource file in the
package) post-processes the model: calibration, a hive-specific adaptation, a report."""
import torch

from swarmwatch import SwarmLSTM, load_plugins, nightly_fit


def hive_data(seed, n=6, hours=12):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, hours, 4, generator=g)
    y = (x[:, -4:, 2].mean(1) > 0.2).float()
    return x, y


if __name__ == "__main__":
    torch.manual_seed(9)
    model = SwarmLSTM()
    apiary = hive_data(0)
    hive_17 = hive_data(17, n=4)
    nightly_fit(model, *apiary)
    ctx = {"model": model, "apiary": apiary, "hive": hive_17, "log": []}
    for plugin in load_plugins():
        plugin(ctx)
    print("\n".join(ctx["log"]))
