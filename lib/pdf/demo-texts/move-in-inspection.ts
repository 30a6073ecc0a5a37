import type { DemoDocumentText } from '../demo-document-texts';
import { prose } from './prose';

export const moveInInspection: DemoDocumentText = {
  title: 'Move-In Inspection Checklist',
  sections: [
    {
      heading: 'How to Use This Checklist',
      paragraphs: [
        prose`This checklist records the condition of the rented home at 1428 Alder Street,
        Unit 3B, on the day the tenant moves in. The landlord and the tenant should walk through
        every room together, note anything that is damaged, dirty, worn or not working, and take
        dated photographs of each item noted. At move-out, the same list will be used to decide
        which changes are normal wear and tear and which are damage.`,
        prose`For each item, the condition is recorded as Good, Fair or Poor, with a short note.
        "Good" means clean and working with no visible damage. "Fair" means working but with
        visible wear. "Poor" means damaged, dirty or not working. Anything not listed may be
        added at the end.`,
      ],
    },
    {
      heading: 'Entry and Living Room',
      paragraphs: [
        prose`Front door, lock and deadbolt: Good; two keys and one building fob given to the
        tenant. Doorbell and intercom: Good. Walls: Fair; small scuff marks beside the light
        switch and two nail holes above the sofa wall. Ceiling: Good. Floor: Fair; light
        scratches on the wood floor near the balcony door. Windows and screens: Good; one screen
        has a small tear in the lower left corner. Blinds: Good. Light fixtures: Good. Smoke
        detector: tested and working. Electrical outlets: all tested and working.`,
      ],
    },
    {
      heading: 'Kitchen',
      paragraphs: [
        prose`Cabinets and drawers: Good; one drawer front is slightly loose. Countertops: Fair;
        a burn mark about two inches wide to the right of the range. Sink, tap and disposal:
        Good; no leaks under the sink. Refrigerator and freezer: Good; cold, clean, ice maker
        working. Range and oven: Good; all burners light, oven heats, hood fan and light work.
        Dishwasher: Good; ran a short cycle without leaks. Microwave: Good. Floor: Good. Walls
        and ceiling: Good. Fire extinguisher: present, gauge in the green.`,
      ],
    },
    {
      heading: 'Bathroom',
      paragraphs: [
        prose`Toilet: Good; flushes and refills, no running. Sink and tap: Good. Bathtub and
        shower: Fair; grout is discolored along the back edge of the tub, and the caulk at the
        corner is peeling. Shower head and diverter: Good. Exhaust fan: Good. Mirror and
        medicine cabinet: Good; a small chip on the lower edge of the mirror. Towel bars: Good.
        Floor tiles: Good. Hot water: reaches full temperature in about twenty seconds.`,
      ],
    },
    {
      heading: 'Bedrooms',
      paragraphs: [
        prose`Main bedroom. Door and handle: Good. Walls: Good. Ceiling: Good. Carpet: Fair; a
        faint stain about four inches across near the closet. Closet doors and shelves: Good.
        Window and screen: Good. Blinds: Good; one slat bent. Ceiling fan and light: Good.
        Smoke detector: tested and working.`,
        prose`Second bedroom. Door and handle: Good. Walls: Fair; paint touch-ups of a slightly
        different shade above the desk area. Carpet: Good. Closet: Good. Window and screen:
        Good. Light: Good. Smoke detector: tested and working.`,
      ],
    },
    {
      heading: 'Laundry, Heating and Safety',
      paragraphs: [
        prose`Washer and dryer (building-owned, in unit): Good; both ran a cycle. Dryer vent:
        clean at move-in. Thermostat: Good; heat and cooling both respond. Furnace filter:
        replaced on the day of inspection. Carbon monoxide detector in the hallway: tested and
        working. Water shut-off valve location shown to the tenant: under the kitchen sink.
        Electrical panel location shown to the tenant: hallway closet.`,
      ],
    },
    {
      heading: 'Balcony, Parking and Storage',
      paragraphs: [
        prose`Balcony door and lock: Good. Balcony floor and railing: Good. Parking space 3B:
        clean, marked and unobstructed; one parking permit given to the tenant. Storage locker
        3B: empty and clean; one padlock key given to the tenant. Mailbox: one key given to the
        tenant, lock working.`,
      ],
    },
    {
      heading: 'Other Notes and Agreement',
      paragraphs: [
        prose`The landlord agrees to tighten the loose kitchen drawer and re-caulk the bathtub
        within fourteen days. The tenant may add any item found within five days after moving in
        by sending a written note with photographs to the landlord, and the note will become
        part of this checklist.`,
        prose`By signing, the landlord and the tenant agree that this checklist fairly records
        the condition of the home on the move-in date. Signing does not mean that the tenant
        accepts responsibility for any condition listed here.`,
      ],
    },
  ],
};
