# expect: crash
"""A night's survey over a telescope array, then a quick re-tune of one detector on labelled
curves. `Survey.run(array, band="optical")` wraps every telescope's optical detector in a Monitor,
whose classmethod puts it in eval mode; the re-tune then trains the north telescope's optical
detector, still in eval mode: its backward goes through an eval-mode LSTM."""
import torch

from skywatch import Array, Survey, tune


def main():
    torch.manual_seed(9)
    array = Array.assemble(["north", "south"])
    survey = Survey.run(array, band="optical")
    print("alerts", survey.report(array))
    north = array.scopes["north"]
    curves = north.curves(n=6)
    print("tuned", tune(north.detectors["optical"], curves, torch.rand(6)))  # TM001-here


if __name__ == "__main__":
    main()
