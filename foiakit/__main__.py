from foiakit.cli import main

main()
