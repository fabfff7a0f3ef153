import subprocess, sys, os
here = os.path.dirname(os.path.abspath(__file__))
for s in ["en", "de", "es", "id", "tr", "pl"]:
    subprocess.run([sys.executable, os.path.join(here, f"site_{s}.py")], check=True, cwd=here)
