# expect: crash
# fix: cudnn
"""Canal-lock water levels: train, then a saliency profile of the trained model in eval mode. The package applies
its settings when it is imported, but they keep cuDNN on, so the eval-mode backward goes to cuDNN's RNN."""
from lockgate import run

if __name__ == "__main__":
    print(run())
